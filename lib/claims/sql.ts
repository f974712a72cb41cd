// The SQL that reads claim rows in the shape toClaimDto takes, for lists that page in SQL (an
// article's claims, a reviewer's queue). Prisma's `_count` would group every claim's evidence and
// comments of the whole table to count a page's: these counts are subqueries per listed claim.
import { Prisma } from "@/generated/prisma/client";

// Every column the Prisma client knows, not c.*: the stored search vector (Unsupported("tsvector"))
// cannot be read by the client, and a list has no use for it anyway.
const CLAIM_COLUMNS = Prisma.join(
  Object.values(Prisma.ClaimScalarFieldEnum).map((column) => Prisma.raw(`c."${column}"`)),
);

/** The select list of a claim DTO row: claim `c`, joined with claimDtoJoins. */
export const claimDtoColumns = Prisma.sql`${CLAIM_COLUMNS},
  json_build_object('id', creator.id, 'name', creator.name) AS "createdBy",
  CASE WHEN assignee.id IS NULL THEN NULL
    ELSE json_build_object('id', assignee.id, 'name', assignee.name) END AS "assignee",
  json_build_object(
    'evidence', (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id)::int,
    'comments', (SELECT count(*) FROM "Comment" m WHERE m."claimId" = c.id)::int
  ) AS "_count"`;

/** The people claimDtoColumns names: the claim's creator and assignee. */
export const claimDtoJoins = Prisma.sql`JOIN "User" creator ON creator.id = c."createdById"
  LEFT JOIN "User" assignee ON assignee.id = c."assigneeId"`;
