/**
 * A few lanes (processes, say) shared by tasks that each weigh something (the
 * memory a task holds while it runs). A task waits for a free lane and for
 * room under the budget; one heavier than the budget runs when it would run
 * alone. When a lane is free, the first waiting task that fits beside those
 * running starts, so a light task may pass a heavy one that does not fit yet:
 * with a known list of tasks (a build's search parts) the lanes stay busier.
 * The heavy one starts once the running ones leave it room, at the latest
 * when nothing runs; a stream of light tasks that never ends could hold it
 * back, which a finite list cannot.
 */
export interface Lease<Lane> {
  lane: Lane;
  /** Gives the lane back (once; later calls do nothing). */
  release(): void;
}

/** A task waiting for a lane: what it weighs, and how it is let in. */
interface Waiting<Lane> {
  weight: number;
  grant: (lease: Lease<Lane>) => void;
}

export class Lanes<Lane> {
  readonly #free: Lane[];
  #budget: number;
  readonly #waiting: Array<Waiting<Lane>> = [];
  #weight = 0;
  #busy = 0;

  constructor(lanes: readonly Lane[], budget: number) {
    if (lanes.length === 0) throw new Error("lanes: at least one lane is needed");
    this.#free = [...lanes];
    this.#budget = budget;
  }

  /**
   * Sets the budget from now on (the room left beside something else that
   * grew or shrank); tasks waiting that now fit start. Tasks running go on.
   */
  setBudget(budget: number): void {
    this.#budget = budget;
    this.#admit();
  }

  /** Resolves with a lane once the task of `weight` may start. */
  acquire(weight: number): Promise<Lease<Lane>> {
    return new Promise((grant) => {
      this.#waiting.push({ weight, grant });
      this.#admit();
    });
  }

  #admit(): void {
    while (this.#waiting.length > 0 && this.#free.length > 0) {
      const index = this.#busy === 0 ? 0 : this.#waiting.findIndex((task) => this.#weight + task.weight <= this.#budget);
      if (index < 0) return;
      const [next] = this.#waiting.splice(index, 1) as [Waiting<Lane>];
      // A lane given back goes to the front: tasks that come one at a time keep to one lane.
      const lane = this.#free.shift()!;
      this.#busy += 1;
      this.#weight += next.weight;
      let released = false;
      next.grant({
        lane,
        release: () => {
          if (released) return;
          released = true;
          this.#busy -= 1;
          this.#weight -= next.weight;
          this.#free.unshift(lane);
          this.#admit();
        },
      });
    }
  }
}
