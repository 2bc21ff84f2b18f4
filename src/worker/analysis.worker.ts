import * as Comlink from 'comlink';
import { createAnalysisService } from './analysisService';

Comlink.expose(createAnalysisService());
