/** The five tones a status can take, shared by every list (tailwind.config.ts has the colours). */
export type StatusTone = "progress" | "attention" | "done" | "stopped" | "neutral";
