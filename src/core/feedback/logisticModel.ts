// A small logistic regression trained with SGD and L2: enough for a contextual filter, and
// cheap enough to retrain in the extension host in a few milliseconds.
import { seededRandom } from '../seededRandom';

export interface LabelledExample {
  readonly x: Float64Array;
  /** 1 = accepted, 0 = not. */
  readonly y: 0 | 1;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  /** Seed for the shuffle, so training is reproducible. */
  readonly seed?: number;
}

export interface LogisticWeights {
  readonly bias: number;
  readonly weights: number[];
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export class LogisticModel {
  private bias = 0;
  private weights: Float64Array;

  constructor(readonly dimension: number) {
    this.weights = new Float64Array(dimension);
  }

  predict(x: Float64Array): number {
    let z = this.bias;
    for (let i = 0; i < this.dimension; i++) z += this.weights[i] * x[i];
    return sigmoid(z);
  }

  /** Fits from scratch on `examples`; the bias starts at the base rate's log-odds. */
  fit(examples: readonly LabelledExample[], options: TrainOptions = {}): void {
    const epochs = options.epochs ?? 8;
    const l2 = options.l2 ?? 1e-4;
    const random = seededRandom(options.seed ?? 1);
    this.weights = new Float64Array(this.dimension);
    const positives = examples.reduce((n, e) => n + e.y, 0);
    const base = (positives + 1) / (examples.length + 2);
    this.bias = Math.log(base / (1 - base));
    const order = examples.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = (options.learningRate ?? 0.2) / (1 + epoch);
      for (const index of order) this.step(examples[index], rate, l2);
    }
  }

  /** One online SGD step. */
  step(example: LabelledExample, rate = 0.05, l2 = 1e-4): void {
    const error = this.predict(example.x) - example.y;
    this.bias -= rate * error;
    for (let i = 0; i < this.dimension; i++) {
      this.weights[i] -= rate * (error * example.x[i] + l2 * this.weights[i]);
    }
  }

  toJSON(): LogisticWeights {
    return { bias: this.bias, weights: [...this.weights] };
  }

  static fromJSON(data: LogisticWeights): LogisticModel {
    const model = new LogisticModel(data.weights.length);
    model.bias = data.bias;
    model.weights = Float64Array.from(data.weights);
    return model;
  }
}
