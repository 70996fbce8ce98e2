// Online Bayesian logistic regression: each weight is a Gaussian (mean, precision) that starts at
// a prior and is updated by every labelled example in O(features), no batch, no stored examples
// (the diagonal Laplace update of Chapelle & Li, "An Empirical Evaluation of Thompson
// Sampling", NIPS 2011, Alg. 3, applied one example at a time). Old evidence fades: before each
// update the precision gained since the prior decays, so the posterior reflects roughly the last
// `memory` examples — the "bounded, recent sample" without keeping a sample.

export interface GaussianWeights {
  readonly mean: Float64Array;
  readonly precision: Float64Array;
}

export interface BayesianLogisticState {
  readonly mean: number[];
  readonly precision: number[];
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export class BayesianLogistic {
  readonly mean: Float64Array;
  readonly precision: Float64Array;
  private readonly priorPrecision: Float64Array;
  private readonly decay: number;

  /** `memory`: about how many recent examples the posterior is made of. */
  constructor(prior: GaussianWeights, memory = 300, state?: BayesianLogisticState) {
    this.priorPrecision = Float64Array.from(prior.precision);
    this.mean = Float64Array.from(state?.mean ?? prior.mean);
    this.precision = Float64Array.from(state?.precision ?? prior.precision);
    this.decay = 1 - 1 / Math.max(1, memory);
  }

  /** The log-odds of acceptance (the posterior mean's score). */
  score(x: Float64Array): number {
    let z = 0;
    const m = this.mean;
    for (let i = 0; i < m.length; i++) z += m[i] * x[i];
    return z;
  }

  /**
   * The chance of acceptance at the posterior mean. The prior's weights are log-odds measured over
   * many users, so for a user we know nothing of yet this is already the population's rate (10 %
   * after `)` is what such users accept there on average); averaging over the weights'
   * uncertainty too would count the spread between users twice and blur every rate toward 50 %.
   */
  predict(x: Float64Array): number {
    return sigmoid(this.score(x));
  }

  /**
   * The chance averaged over the weights' uncertainty (MacKay's probit approximation): near 0.5
   * while the posterior is unsure, for estimates that must not be overconfident.
   */
  predictAveraged(x: Float64Array): number {
    let z = 0;
    let v = 0;
    const { mean, precision } = this;
    for (let i = 0; i < mean.length; i++) {
      const xi = x[i];
      if (xi === 0) continue;
      z += mean[i] * xi;
      v += (xi * xi) / precision[i];
    }
    return sigmoid(z / Math.sqrt(1 + (Math.PI * v) / 8));
  }

  /** The variance of the score w·x under the posterior (diagonal: weights taken as independent). */
  scoreVariance(x: Float64Array): number {
    let v = 0;
    const { precision } = this;
    for (let i = 0; i < precision.length; i++) if (x[i] !== 0) v += (x[i] * x[i]) / precision[i];
    return v;
  }

  /** Folds one labelled example into the posterior. */
  update(x: Float64Array, accepted: boolean): void {
    const { mean, precision, priorPrecision, decay } = this;
    const y = accepted ? 1 : 0;
    let s = 0;
    let v = 0;
    for (let i = 0; i < mean.length; i++) {
      const xi = x[i];
      if (xi === 0) continue;
      precision[i] = priorPrecision[i] + decay * (precision[i] - priorPrecision[i]);
      s += mean[i] * xi;
      v += (xi * xi) / precision[i];
    }
    if (v === 0) return;
    // The likelihood depends on the weights only through the score t = w·x, so the posterior mode
    // lies along m + Σx·(t - s)/v: find t by Newton's method on one variable.
    let t = s;
    let p = sigmoid(t);
    for (let k = 0; k < 6; k++) {
      const gradient = (t - s) / v - (y - p);
      const curvature = 1 / v + p * (1 - p);
      const step = gradient / curvature;
      t -= step;
      p = sigmoid(t);
      if (Math.abs(step) < 1e-6) break;
    }
    const shift = (t - s) / v;
    const curvature = p * (1 - p);
    for (let i = 0; i < mean.length; i++) {
      const xi = x[i];
      if (xi === 0) continue;
      mean[i] += (shift * xi) / precision[i];
      precision[i] += xi * xi * curvature;
    }
  }

  toState(): BayesianLogisticState {
    return { mean: [...this.mean], precision: [...this.precision] };
  }
}
