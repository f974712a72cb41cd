"use client";
// Claims marked and verdicts given per day: a solid line with round markers and a dashed line
// with square markers, so the two read apart in print; values sit on the points.
import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { SERIES_COLOURS } from "./chart-patterns";

interface Day {
  day: string;
  marked: number;
  judged: number;
}

// Labels on every point stop being readable past a few weeks; the table below still has them all.
const MAX_LABELLED_DAYS = 31;

// Zeros would crowd the axis; the table below lists them.
const hideZero = (value: unknown) => (value === 0 ? "" : String(value));

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

const SquareDot = (props: { cx?: number; cy?: number; index?: number }) =>
  props.cx === undefined || props.cy === undefined ? null : (
    <rect
      key={props.index}
      x={props.cx - 4}
      y={props.cy - 4}
      width={8}
      height={8}
      fill="#fff"
      stroke="#9a6200"
      strokeWidth={2}
    />
  );

export function TimelineChart({ days }: { days: Day[] }) {
  const data = days.map((day) => ({ ...day, label: shortDay(day.day) }));
  const labelled = days.length <= MAX_LABELLED_DAYS;
  return (
    <div className="dash-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 24, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e3e1dc" />
          <XAxis dataKey="label" stroke="#4a4f57" minTickGap={16} />
          <YAxis allowDecimals={false} width={36} stroke="#4a4f57" />
          <Legend verticalAlign="top" height={28} />
          <Line
            dataKey="marked"
            name="Claims marked"
            stroke={SERIES_COLOURS.marked}
            strokeWidth={2.5}
            dot={{ r: 4, fill: SERIES_COLOURS.marked }}
            isAnimationActive={false}
          >
            {labelled && (
              <LabelList dataKey="marked" position="top" fill={SERIES_COLOURS.marked} formatter={hideZero} />
            )}
          </Line>
          <Line
            dataKey="judged"
            name="Verdicts given"
            stroke="#9a6200"
            strokeWidth={2.5}
            strokeDasharray="6 4"
            dot={SquareDot}
            isAnimationActive={false}
          >
            {labelled && <LabelList dataKey="judged" position="bottom" fill="#9a6200" formatter={hideZero} />}
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
