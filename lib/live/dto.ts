// What live views receive: each committed change of the article they show, as a domain event
// (lib/events/schema.ts). The browser parses what it receives with the same schema.
import { domainEventSchema, type DomainEvent } from "@/lib/events/schema";

/** One committed change, as live views receive it. */
export const liveEventDtoSchema = domainEventSchema;
export type LiveEventDto = DomainEvent;
