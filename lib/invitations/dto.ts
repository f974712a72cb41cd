// What owners see of an invitation (never the token or its hash), and what the invite page shows.
import type { Invitation } from "@/generated/prisma/client";
import type { PersonDto } from "@/lib/claims/dto";
import { getInvitationStatus, type InvitationStatus } from "@/lib/invitations/rules";
import { toRoleValue, type RoleValue } from "@/lib/workspaces/roles";

export interface InvitationDto {
  id: string;
  role: RoleValue;
  status: InvitationStatus;
  createdBy: PersonDto;
  createdAt: string;
  expiresAt: string;
}

/** The answer to creating an invitation: the only time the link is ever shown. */
export interface CreatedInvitationDto {
  invitation: InvitationDto;
  token: string;
  /** "/invite/<token>", to be put after the app's origin. */
  path: string;
}

/** The invite page's view of a token: unknown tokens say nothing about any workspace. */
export type InvitePreviewDto =
  | { status: "unknown" }
  | {
      status: InvitationStatus;
      workspace: { slug: string; name: string };
      role: RoleValue;
      invitedBy: string;
      expiresAt: string;
      /** Whether the signed-in viewer (if any) already belongs to the workspace. */
      isMember: boolean;
    };

type InvitationRow = Invitation & { createdBy: PersonDto };

export const toInvitationDto = (row: InvitationRow, now: Date): InvitationDto => ({
  id: row.id,
  role: toRoleValue(row.role),
  status: getInvitationStatus(row, now),
  createdBy: { id: row.createdBy.id, name: row.createdBy.name },
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

export const invitationDtoInclude = { createdBy: { select: { id: true, name: true } } } as const;
