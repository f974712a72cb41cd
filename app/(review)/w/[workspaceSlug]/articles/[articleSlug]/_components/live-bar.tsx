import "./live-bar.css";
import { initials } from "@/app/_components/format";
import type { PersonDto } from "@/lib/users/dto";
import type { LiveStatus } from "./use-live-article";

interface Props {
  status: LiveStatus;
  viewers: PersonDto[];
  viewerId: string;
  activity: { id: string; text: string }[];
}

const STATUS_TEXT: Record<LiveStatus, string> = {
  live: "Live",
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
  revoked: "You no longer have access",
};

/** Connection state, who else has the article open, and what they just did. */
export function LiveBar({ status, viewers, viewerId, activity }: Props) {
  const others = viewers.filter((person) => person.id !== viewerId);
  return (
    <div className="live-bar">
      <span className="live-status" data-status={status}>
        {STATUS_TEXT[status]}
      </span>
      <span className="presence" aria-label="Also viewing">
        {others.length === 0 ? (
          <span className="muted small">No one else here</span>
        ) : (
          others.map((person) => (
            <span key={person.id} className="avatar" title={person.name} data-testid="presence-person">
              {initials(person.name)}
              <span className="visually-hidden">{person.name}</span>
            </span>
          ))
        )}
      </span>
      <ul className="activity" aria-live="polite" aria-label="Recent activity">
        {activity.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </div>
  );
}
