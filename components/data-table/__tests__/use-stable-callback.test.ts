import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createForwarder } from "../use-stable-callback";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

describe("createForwarder (useStableCallback's function)", () => {
  it("keeps one function that calls whichever callback it was given last, with its arguments and result", () => {
    const forwarder = createForwarder((index: number) => `first ${index}`);
    const call = forwarder.call;
    expect(call(1)).toBe("first 1");

    forwarder.update((index: number) => `second ${index}`);
    expect(forwarder.call).toBe(call);
    expect(call(2)).toBe("second 2");
  });

  it("lets go of the callbacks it was given before (each keeps its render's rows alive)", async () => {
    const forwarder = createForwarder(() => "first");
    const earlier = new WeakRef(giveCallback(forwarder, () => "earlier"));
    forwarder.update(() => "latest");
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(forwarder.call()).toBe("latest");
    expect(earlier.deref()).toBeUndefined();
  });
});

// In a function of its own, so no variable of the test keeps the callback alive.
function giveCallback(forwarder: ReturnType<typeof createForwarder<[], string>>, callback: () => string): () => string {
  forwarder.update(callback);
  return callback;
}
