/**
 * Sends one request at a time: while one is under way, later ones wait and
 * only the newest of them is sent when it returns; a reply to a superseded
 * request is never applied. Returns the function that submits a request.
 */
export function newestOnly<Q, R>(
  ask: (request: Q) => Promise<R>,
  apply: (reply: R) => void,
  fail: (error: unknown) => void,
): (request: Q) => void {
  let inFlight = false;
  let pending: { request: Q } | null = null;
  let generation = 0;
  const send = (request: Q, mine: number): void => {
    inFlight = true;
    ask(request).then(
      (reply) => {
        inFlight = false;
        if (pending) {
          const next = pending.request;
          pending = null;
          send(next, generation);
          return;
        }
        if (mine === generation) apply(reply);
      },
      (e: unknown) => {
        inFlight = false;
        pending = null;
        fail(e);
      },
    );
  };
  return (request) => {
    const mine = ++generation;
    if (inFlight) pending = { request };
    else send(request, mine);
  };
}
