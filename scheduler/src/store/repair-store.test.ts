import { repairStoreContract } from './repair-store-contract.js';
import { memoryRepairStore } from './repair-store.js';

repairStoreContract('memory', () => Promise.resolve(memoryRepairStore()));
