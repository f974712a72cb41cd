// What pages and API clients see of a person: a name to show and an id to link. Never an email,
// which only member lists (lib/workspaces/dto.ts) show.
import { z } from "zod";

export const personDtoSchema = z.object({ id: z.string(), name: z.string() });
export type PersonDto = z.infer<typeof personDtoSchema>;

/** Copies only the two fields, whatever else the row selected. */
export const toPersonDto = (user: PersonDto): PersonDto => ({ id: user.id, name: user.name });

/** The select that gives a user relation everything toPersonDto needs. */
export const personDtoSelect = { select: { id: true, name: true } } as const;
