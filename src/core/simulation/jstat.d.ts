// The one function of jstat (MIT, no types of its own) the simulation uses: Student's t quantile.
declare module 'jstat' {
  const jStat: {
    studentt: { inv(p: number, dof: number): number };
  };
  export default jStat;
}
