import { Button } from "@/components/ui/button";
import { AlertIcon } from "@/components/ui/icons";
import type { QueryProblem } from "@/lib/filters/query-spec";

/** Values a hand-edited link carried that the spec refused: named, and not applied. */
export function FilterProblems({ problems, onDropInvalid }: { problems: QueryProblem[]; onDropInvalid: () => void }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="flex items-start gap-3 rounded-md border border-status-attention/30 bg-status-attention-bg px-3 py-2 text-sm text-gray-900">
      <AlertIcon className="mt-0.5 size-4 shrink-0 text-status-attention" />
      <div className="flex-1">
        <p className="font-medium">Some filters in this link are not valid and were not applied:</p>
        <ul className="mt-1 space-y-0.5">
          {problems.map((problem) => (
            <li key={`${problem.parameter}=${problem.value}`}>
              <code className="rounded bg-white/70 px-1 font-mono text-xs">
                {problem.parameter}={problem.value.length > 60 ? `${problem.value.slice(0, 60)}…` : problem.value}
              </code>{" "}
              <span className="text-gray-700">{problem.message}</span>
            </li>
          ))}
        </ul>
      </div>
      <Button size="sm" onClick={onDropInvalid}>
        Remove invalid
      </Button>
    </div>
  );
}
