// Unknown API addresses answer in the API's error shape, not with the HTML 404 page.
const notFound = () =>
  Response.json({ error: { code: "NOT_FOUND", message: "No API route at this address" } }, { status: 404 });

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
