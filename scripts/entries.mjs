// The package's public entry points: output name -> source file. One list, read by the
// library build, the size report and the package test.
export const libraryEntries = {
  index: 'src/index.ts',
};
