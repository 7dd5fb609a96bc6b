/** The export's views, by the file's query: one file, every view of its story. */
export type ExportView = 'story' | 'present' | 'speaker' | 'print' | 'teacher';

/** The view a query asks for (`?present`, `?speaker`, `?print`, `?print=teacher`); else the story. */
export function viewOf(query: string): ExportView {
	const params = new URLSearchParams(query);
	if (params.has('present')) return 'present';
	if (params.has('speaker')) return 'speaker';
	if (params.get('print') === 'teacher') return 'teacher';
	if (params.has('print')) return 'print';
	return 'story';
}
