"use client";
// Claims per verdict: one bar each, with its texture, its name on the axis and its count on top.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { VERDICT_LABELS, type VerdictValue } from "@/lib/verdicts/rules";
import { ChartPatterns, VERDICT_COLOURS, patternFill } from "./chart-patterns";

export function VerdictChart({ verdicts }: { verdicts: { verdict: VerdictValue; count: number }[] }) {
  const data = verdicts.map((row) => ({ ...row, label: VERDICT_LABELS[row.verdict] }));
  return (
    <div className="dash-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 24, right: 8, bottom: 4, left: 0 }}>
          <ChartPatterns prefix="verdict" />
          <CartesianGrid vertical={false} stroke="#e3e1dc" />
          <XAxis dataKey="label" tickLine={false} stroke="#4a4f57" />
          <YAxis allowDecimals={false} width={36} stroke="#4a4f57" />
          <Bar dataKey="count" isAnimationActive={false} maxBarSize={72}>
            {data.map((row) => (
              <Cell
                key={row.verdict}
                fill={patternFill(`verdict-${row.verdict}`)}
                stroke={VERDICT_COLOURS[row.verdict]}
                strokeWidth={1.5}
              />
            ))}
            <LabelList dataKey="count" position="top" fill="#1c1e21" fontWeight={600} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
