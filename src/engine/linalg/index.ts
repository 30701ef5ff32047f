// Public names of this part of the engine (re-exported by src/engine/index.ts).
export {};
