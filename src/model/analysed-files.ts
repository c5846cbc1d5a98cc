// Which files the analysis reads: Python sources (`.py`, `.pyw`) and `.pth` start-up files, whose
// `import` lines run at every interpreter start (site.py executes them), so they can send data too.
export const ANALYSED_FILE = /\.(pyw?|pth)$/i;

/** The same set as git pathspecs (any case). */
export const ANALYSED_PATHSPECS = [':(glob,icase)**/*.py', ':(glob,icase)**/*.pyw', ':(glob,icase)**/*.pth'];
