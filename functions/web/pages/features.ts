import type { PageRoute } from '../web-request';
import { accountRoutes } from './account/controller';
import { addressRoutes } from './admin/controller';
import { auditRoutes } from './audit/controller';
import { coldNightRoutes } from './cold-nights/controller';
import { figureRoutes } from './figures/controller';
import { financeRoutes } from './finances/controller';
import { historyRoutes } from './history/controller';
import { jointReportRoutes } from './joint-report/controller';
import { keyRoutes } from './keys/controller';
import { partnershipRoutes } from './partnership/controller';
import { peopleRoutes } from './people/controller';
import { recipientRoutes } from './recipients/controller';
import { registryRoutes } from './registry/controller';
import { halfYearReportRoutes } from './reports/controller';
import { ruleCheckRoutes } from './rule-check/controller';
import { statisticsRoutes } from './statistics/controller';
import { surveyRoutes } from './survey/controller';
import { uploadRoutes } from './upload/controller';

/**
 * Every feature's page routes, in one table: each names its method, its path (with its parameters' bounds) and the
 * controller that calls its use case. The edge (app.tsx) serves them through one router.
 */
export const FEATURE_ROUTES: readonly PageRoute[] = [
  ...partnershipRoutes,
  ...figureRoutes,
  ...historyRoutes,
  ...uploadRoutes,
  ...coldNightRoutes,
  ...accountRoutes,
  ...financeRoutes,
  ...halfYearReportRoutes,
  ...jointReportRoutes,
  ...statisticsRoutes,
  ...surveyRoutes,
  ...ruleCheckRoutes,
  ...auditRoutes,
  ...registryRoutes,
  ...peopleRoutes,
  ...keyRoutes,
  ...recipientRoutes,
  ...addressRoutes,
];
