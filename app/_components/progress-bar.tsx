import "./progress-bar.css";
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      title={`${percent}% reviewed`}
    >
      <span className="progress-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}
