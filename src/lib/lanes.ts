/**
 * A few lanes (processes, say) shared by tasks that each weigh something (the
 * memory a task holds while it runs). A task waits for a free lane and for
 * room under the budget; one heavier than the budget runs when it would run
 * alone. Tasks are let in first come, first served, so light ones never pass a
 * heavy one that waits, and the order they start in is the order they asked.
 */
export interface Lease<Lane> {
  lane: Lane;
  /** Gives the lane back (once; later calls do nothing). */
  release(): void;
}

export class Lanes<Lane> {
  readonly #free: Lane[];
  readonly #budget: number;
  readonly #waiting: Array<{ weight: number; grant: (lease: Lease<Lane>) => void }> = [];
  #weight = 0;
  #busy = 0;

  constructor(lanes: readonly Lane[], budget: number) {
    if (lanes.length === 0) throw new Error("lanes: at least one lane is needed");
    this.#free = [...lanes];
    this.#budget = budget;
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
      const next = this.#waiting[0]!;
      if (this.#busy > 0 && this.#weight + next.weight > this.#budget) return;
      this.#waiting.shift();
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
