// What owners see of an invitation (never the token or its hash), and what the invite page shows.
import { z } from "zod";
import type { Invitation } from "@/generated/prisma/client";
import { toWireEnum } from "@/lib/db-enums";
import { getInvitationStatus, INVITATION_STATUSES } from "@/lib/invitations/rules";
import { personDtoSchema, personDtoSelect, toPersonDto, type PersonDto } from "@/lib/users/dto";
import { roleValueSchema } from "@/lib/workspaces/dto";

export const invitationStatusSchema = z.enum(INVITATION_STATUSES);

export const invitationDtoSchema = z.object({
  id: z.string(),
  role: roleValueSchema,
  status: invitationStatusSchema,
  createdBy: personDtoSchema,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type InvitationDto = z.infer<typeof invitationDtoSchema>;

/** The answer to creating an invitation: the only time the link is ever shown. */
export const createdInvitationDtoSchema = z.object({
  invitation: invitationDtoSchema,
  token: z.string(),
  path: z.string().describe('"/invite/<token>", to be put after the app\'s origin'),
});
export type CreatedInvitationDto = z.infer<typeof createdInvitationDtoSchema>;

/** GET …/invitations: the workspace's recent invitations. */
export const invitationListDtoSchema = z.object({ invitations: z.array(invitationDtoSchema) });
export type InvitationListDto = z.infer<typeof invitationListDtoSchema>;

/** The invite page's view of a token: unknown tokens say nothing about any workspace. */
export const invitePreviewDtoSchema = z.union([
  z.object({ status: z.literal("unknown") }),
  z.object({
    status: invitationStatusSchema,
    workspace: z.object({ slug: z.string(), name: z.string() }),
    role: roleValueSchema,
    invitedBy: z.string(),
    expiresAt: z.iso.datetime(),
    /** Whether the signed-in viewer (if any) already belongs to the workspace. */
    isMember: z.boolean(),
  }),
]);
export type InvitePreviewDto = z.infer<typeof invitePreviewDtoSchema>;

type InvitationRow = Invitation & { createdBy: PersonDto };

export const toInvitationDto = (row: InvitationRow, now: Date): InvitationDto => ({
  id: row.id,
  role: toWireEnum(row.role),
  status: getInvitationStatus(row, now),
  createdBy: toPersonDto(row.createdBy),
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

export const invitationDtoInclude = { createdBy: personDtoSelect } as const;
