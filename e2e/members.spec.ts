// People on a desk: an owner invites a newcomer by link, the newcomer creates an account and
// joins, the owner changes their role and removes them; the last owner stays; escalation is
// refused; workspaces can be created and switched; repeated wrong passwords are throttled.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { apiClient, budget, expect, PASSWORD, signIn, test } from "./fixtures/desk";

const deskName = (slug: string) => slug.replace("desk-", "Desk ");

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function createInviteLink(page: Page, role: string, days: number): Promise<string> {
  const form = page.getByRole("form", { name: "Create invite link" });
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("Expires after (days)").fill(String(days));
  await form.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByLabel("Invite link", { exact: true });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

test("an owner invites a newcomer by link, makes them a viewer, then removes them", async ({ page, browser, desk }) => {
  // Three browsers, two accessibility scans and a dozen page loads: more than 30 s on a busy machine.
  test.setTimeout(budget(60_000));
  await signIn(page, desk.emails.owner);
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  const link = await createInviteLink(page, "reviewer", 7);

  // The newcomer, in another browser, creates an account on the invite page and lands in the desk.
  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: `Join ${deskName(desk.slug)} as a reviewer` })).toBeVisible();
  await newcomer.screenshot({ path: "e2e/screenshots/invite.png", fullPage: true });
  await expectNoSeriousA11yViolations(newcomer);
  const id = desk.slug.replace("desk-", "");
  const email = `nia-${id}@e2e.test`;
  const form = newcomer.getByRole("form", { name: "Create your account" });
  await form.getByLabel("Your name").fill(`Nia Newcomer ${id}`);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: /Create account and join/ }).click();
  // The browser refuses a short password itself (minlength); nothing was created.
  expect(await desk.db.user.count({ where: { email } })).toBe(0);
  await form.getByLabel("Password").fill("a-long-enough-password");
  await form.getByRole("button", { name: /Create account and join/ }).click();
  await newcomer.waitForURL(`**/w/${desk.slug}`);
  await expect(newcomer.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(newcomer.getByRole("link", { name: "Who Is Friends With North Korea", exact: true })).toBeVisible();
  await expect(newcomer.getByRole("button", { name: new RegExp(`${deskName(desk.slug)}.*reviewer`) })).toBeVisible();

  // The link worked once: opening it again says so.
  const thirdContext = await browser.newContext();
  const third = await thirdContext.newPage();
  await third.goto(link);
  await expect(third.getByRole("heading", { name: "This invite link has already been used" })).toBeVisible();
  await thirdContext.close();

  // Back with the owner: the newcomer is listed as a reviewer and the link as accepted.
  await page.reload();
  const row = page.getByTestId(`member-${email}`);
  await expect(row.getByLabel(`Role of Nia Newcomer ${id}`)).toHaveValue("reviewer");
  await expect(page.getByRole("table", { name: "Invite links" })).toContainText("accepted");
  await createInviteLink(page, "viewer", 3);
  await expect(page.getByRole("table", { name: "Invite links" })).toContainText("pending");
  // The top bar is sticky: from a scrolled page a full-page screenshot would paint it over the title.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "e2e/screenshots/members.png", fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await row.getByLabel(`Role of Nia Newcomer ${id}`).selectOption("viewer");
  await expect(async () => {
    const membership = await desk.db.membership.findFirst({
      where: { user: { email }, workspace: { slug: desk.slug } },
    });
    expect(membership?.role).toBe("VIEWER");
  }).toPass();
  await newcomer.reload();
  await expect(newcomer.getByRole("button", { name: new RegExp(`${deskName(desk.slug)}.*viewer`) })).toBeVisible();

  await row.getByRole("button", { name: "Remove" }).click();
  await row.getByRole("button", { name: `Remove Nia Newcomer ${id}` }).click();
  await expect(row).toHaveCount(0);
  const response = await newcomer.reload();
  expect(response?.status()).toBe(404);
  await expect(newcomer.getByRole("heading", { name: "Not found" })).toBeVisible();
  await other.close();
});

test("the last owner can neither leave nor be demoted; others see the list read-only", async ({
  page,
  browser,
  desk,
  baseURL,
}) => {
  await signIn(page, desk.emails.owner);
  await page.goto(`/w/${desk.slug}/members`);
  const own = page.getByTestId(`member-${desk.emails.owner}`);
  await own.getByRole("button", { name: "Leave" }).click();
  await own.getByRole("button", { name: "Leave workspace" }).click();
  await expect(own.getByRole("alert")).toHaveText("The last owner cannot be removed: make someone else an owner first");
  await own.getByRole("combobox").selectOption("editor");
  await expect(own.getByRole("alert")).toHaveText("The last owner cannot be demoted: make someone else an owner first");
  await page.reload();
  await expect(own.getByRole("combobox")).toHaveValue("owner");

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, desk.emails.viewer);
  await viewer.goto(`/w/${desk.slug}/members`);
  await expect(viewer.getByTestId(`member-${desk.emails.owner}`)).toContainText("owner");
  await expect(viewer.getByRole("combobox")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(viewer.getByRole("heading", { name: "Invite people" })).toHaveCount(0);
  await viewerContext.close();

  // Through the API too: 409 for the last owner, 403 for a reviewer promoting themself.
  const owner = await apiClient(baseURL!, desk.emails.owner);
  const ownerId = (await desk.db.user.findUniqueOrThrow({ where: { email: desk.emails.owner } })).id;
  const leave = await owner.delete(`/api/v1/workspaces/${desk.slug}/members/${ownerId}`);
  expect(leave.status()).toBe(409);
  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  const reviewerId = (await desk.db.user.findUniqueOrThrow({ where: { email: desk.emails.reviewer } })).id;
  const escalate = await reviewer.put(`/api/v1/workspaces/${desk.slug}/members/${reviewerId}`, {
    data: { role: "owner" },
  });
  expect(escalate.status()).toBe(403);
  const invite = await reviewer.post(`/api/v1/workspaces/${desk.slug}/invitations`, { data: { role: "owner" } });
  expect(invite.status()).toBe(403);
  const roles = await desk.db.membership.findMany({
    where: { workspace: { slug: desk.slug } },
    select: { role: true },
  });
  expect(roles.filter((m) => m.role === "OWNER")).toHaveLength(1);
  expect(await desk.db.invitation.count({ where: { workspace: { slug: desk.slug } } })).toBe(0);
});

test("a person creates a second workspace and switches between the two", async ({ page, desk }) => {
  await signIn(page, desk.emails.reviewer);
  const switcher = page.getByRole("button", { name: new RegExp(deskName(desk.slug)) });
  await switcher.click();
  await page.getByRole("link", { name: "+ New workspace" }).click();
  const name = `Night desk ${desk.slug}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await page.waitForURL(/\/members$/);
  await expect(page.getByRole("button", { name: new RegExp(`${name}.*owner`) })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(name) }).click();
  await expect(page.getByRole("link", { name: new RegExp(`${deskName(desk.slug)}.*reviewer`) })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`${deskName(desk.slug)}.*reviewer`) }).click();
  await page.waitForURL(`**/w/${desk.slug}`);
  await expect(page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true })).toBeVisible();
});

test("six wrong passwords, then even the right one is refused for a while", async ({ page, desk }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(desk.emails.secondReviewer);
  const attempt = async (password: string) => {
    // After each refusal React resets the form: the email comes back, the password is cleared.
    await expect(page.getByLabel("Email")).toHaveValue(desk.emails.secondReviewer);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.getByLabel("Password").fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    // The answer has arrived once React has reset the form (the password is cleared again).
    await expect(page.getByLabel("Password")).toHaveValue("");
    // Scoped to the page: Next.js keeps its own (empty) role="alert" route announcer beside it.
    return page.getByRole("main").getByRole("alert");
  };
  for (let i = 1; i <= 5; i++) {
    await expect(await attempt(`wrong password ${i}`)).toHaveText("That email and password do not match an account.");
  }
  await expect(await attempt("wrong password 6")).toHaveText(/^Too many failed sign-ins; try again in 15 minutes$/);
  await expect(await attempt(PASSWORD)).toHaveText(/^Too many failed sign-ins; try again in \d+ minutes?$/);
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  // Only the five checked attempts were recorded; the refused ones never reached the password.
  expect(await desk.db.signInAttempt.count({ where: { email: desk.emails.secondReviewer } })).toBe(5);
});
