import type { PersonDto } from "@/lib/claims/dto";

/** One committed change, as live views receive it. */
export interface LiveEventDto {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: PersonDto;
  before: unknown;
  after: unknown;
  createdAt: string;
}
