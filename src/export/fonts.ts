/**
 * Registers the export's fonts from the one copy of each file the page carries (scripts/export/
 * fonts.js takes them out of the stylesheet, where each face repeated its file in full). Fonts made
 * from bytes need no fetch, so the page's policy needs no font source at all.
 */

export interface ExportFonts {
	/** Font files (woff2) by id, base64. */
	files: Record<string, string>;
	/** The stylesheet's @font-face rules: family, the file they use, their descriptors. */
	faces: { family: string; file: string; descriptors: FontFaceDescriptors }[];
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Adds every face to the document; resolves once they are ready to draw (or failed, then the fallback draws). */
export async function addFonts({ files, faces }: ExportFonts): Promise<void> {
	const decoded = new Map(Object.entries(files).map(([id, b64]) => [id, bytes(b64)]));
	const added = faces.map(({ family, file, descriptors }) => {
		const face = new FontFace(family, decoded.get(file)!, descriptors);
		document.fonts.add(face);
		return face.load();
	});
	await Promise.allSettled(added);
}
