/**
 * The NumPy checks of the CORDIC and quantized-network code panels, run by
 * src/lessons/code.test.ts. Apart from code.ts because the network's checks train it
 * (qnetModel, the trainer): code.ts is imported by the workbench, and its embed carried
 * 8.6 kB gzip of trainer and network code it never ran.
 */
import type { CodeCheck } from '../../components/code/types';
import { cordicCodeChecks } from './cordicCode';
import { qnetCodeChecks } from './qnetCode';

export const codeChecks = (): CodeCheck[] => [...cordicCodeChecks(), ...qnetCodeChecks()];
