/** subset-font ships no types, and @types/subset-font lacks keepFeatures: the call the font step makes. */
declare module 'subset-font' {
	interface SubsetFontOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
		/** Four-character OpenType feature tags to keep; every other feature is dropped. */
		keepFeatures?: string[];
		variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
	}
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: SubsetFontOptions
	): Promise<Uint8Array>;
}
