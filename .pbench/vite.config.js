export default { root: '.', build: { outDir: 'dist', emptyOutDir: true } };
