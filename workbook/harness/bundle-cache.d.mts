import type { BuildOptions } from 'esbuild';

export interface CachedBundleOptions {
  entry: string;
  cacheDir: string;
  manifestName: string;
  options?: BuildOptions;
  filesToHashFirst?: () => string[];
}

export function cachedBundle(options: CachedBundleOptions): Promise<string>;
export function hashOf(file: string): string;
