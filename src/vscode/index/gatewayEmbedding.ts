// The index's way to the embedding model: flywheel.models.embedding's first entry, reached
// through the one door (the guard clears the chunks' files and redacts for a remote endpoint).
import type { EmbedTexts } from '../../core/index/embeddingQueue';
import type { ModelsServices } from '../models/registerModels';
import { readModelSettings } from '../models/modelSettings';

export function gatewayEmbedding(models: Pick<ModelsServices, 'embed' | 'ready'>): () => Promise<{ model: string; embed: EmbedTexts } | undefined> {
  const embed: EmbedTexts = (texts, files, purpose, signal) =>
    models.embed({ role: 'embedding', purpose, body: { kind: 'embed', request: { input: texts } }, files }, signal);
  return async () => {
    await models.ready;
    const endpoint = readModelSettings().roles.embedding[0];
    // Vectors are kept per model: the same model on another server keeps them.
    return endpoint ? { model: `${endpoint.provider}:${endpoint.model}`, embed } : undefined;
  };
}
