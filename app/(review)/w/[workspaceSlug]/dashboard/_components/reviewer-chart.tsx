"use client";
// Claims per person: verdicts they answer for (solid) beside open assignments (striped), each bar
// labelled with its value and the legend naming both series.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { ChartPatterns, SERIES_COLOURS, patternFill } from "./chart-patterns";

interface Row {
  name: string;
  judged: number;
  assignedOpen: number;
}

export function ReviewerChart({ reviewers }: { reviewers: Row[] }) {
  const height = Math.max(160, 56 * reviewers.length + 60);
  return (
    <div className="dash-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={reviewers} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 8 }}>
          <ChartPatterns prefix="reviewer" />
          <CartesianGrid horizontal={false} stroke="#e3e1dc" />
          <XAxis type="number" allowDecimals={false} stroke="#4a4f57" />
          <YAxis type="category" dataKey="name" width={150} tickLine={false} stroke="#4a4f57" />
          <Legend verticalAlign="top" height={28} />
          <Bar
            dataKey="judged"
            name="Current verdicts given"
            fill={patternFill("reviewer-judged")}
            stroke={SERIES_COLOURS.judged}
            isAnimationActive={false}
          >
            <LabelList dataKey="judged" position="right" fill="#1c1e21" />
          </Bar>
          <Bar
            dataKey="assignedOpen"
            name="Assigned, still open"
            fill={patternFill("reviewer-open")}
            stroke={SERIES_COLOURS.assignedOpen}
            isAnimationActive={false}
          >
            <LabelList dataKey="assignedOpen" position="right" fill="#1c1e21" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
