import { checkChangeFeatureReport, FEATURE_REPORT_READERS, LIMITS, Role } from '@tandem/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { Roles } from '../../common/auth.js';
import { connectionComplexity, PageArgs, type ConnectionShape } from '../../common/connection.js';
import type { Context } from '../../common/context.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import type { MaybePromise } from '../../common/loaders.js';
import { toPermission } from '../../common/permission.js';
import type { Viewer } from '../../common/viewer.js';
import { User } from '../users/user.entity.js';
import { FeatureReport } from './feature-request.entity.js';
import { FeatureReportConnection, FeatureReportEntry, FeatureReportPermissions, FeatureReportShipped } from './feature-request.types.js';
import { PER_CARD_STATEMENT } from './feature-request.resolver.js';

/** Product and support managers compile, annotate and publish. */
const PRODUCT = [Role.PRODUCT, Role.MANAGER];

/** FR3: the reports for engineering. */
@Resolver(() => FeatureReport)
export class FeatureReportResolver {
  constructor(private readonly services: Pick<AppServices, 'featureReports'>) {}

  @Roles(...FEATURE_REPORT_READERS)
  @Query(() => FeatureReportConnection, { complexity: connectionComplexity, description: 'FR3: the dated reports, newest period first.' })
  featureReports(@Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<FeatureReport>> {
    return this.services.featureReports.list(page.first, page.after);
  }

  @Roles(...FEATURE_REPORT_READERS)
  @Query(() => FeatureReport)
  featureReport(@Arg('id', () => ID) id: string): Promise<FeatureReport> {
    return this.services.featureReports.get(id);
  }

  @Roles(...PRODUCT)
  @Mutation(() => FeatureReport, { description: 'FR3: a report of the requests as they stand now (a draft to annotate and publish).' })
  compileFeatureReport(@CurrentViewer() viewer: Viewer): Promise<FeatureReport> {
    return this.services.featureReports.compileNow(viewer);
  }

  @Roles(...PRODUCT)
  @Mutation(() => FeatureReportEntry, { description: 'Product’s note beside a card of a draft ("planned for Q3").' })
  setFeatureReportNote(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('featureRequestId', () => ID) featureRequestId: string,
    @Arg('note', () => String) note: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FeatureReportEntry> {
    return this.services.featureReports.setNote(viewer, reportId, featureRequestId, note.slice(0, LIMITS.feature.noteMax + 1));
  }

  @Roles(...PRODUCT)
  @Mutation(() => FeatureReport, { description: 'FR3: frozen from now on; engineering and product are notified.' })
  publishFeatureReport(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<FeatureReport> {
    return this.services.featureReports.publish(viewer, id);
  }

  @FieldResolver(() => [FeatureReportEntry], {
    complexity: PER_CARD_STATEMENT,
    description: 'The top requests, as they stood when it was compiled.',
  })
  entries(@Root() report: FeatureReport): Promise<FeatureReportEntry[]> {
    return this.services.featureReports.entries(report.id);
  }

  @FieldResolver(() => [FeatureReportShipped], { complexity: PER_CARD_STATEMENT, description: 'Shipped since the previous report.' })
  shipped(@Root() report: FeatureReport): Promise<FeatureReportShipped[]> {
    return this.services.featureReports.shipped(report.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who compiled it; null for the schedule.' })
  compiledBy(@Root() report: FeatureReport, @Ctx() ctx: Context): MaybePromise<User | null> {
    return report.compiledById ? ctx.loaders.userById.get(report.compiledById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  publishedBy(@Root() report: FeatureReport, @Ctx() ctx: Context): MaybePromise<User | null> {
    return report.publishedById ? ctx.loaders.userById.get(report.publishedById) : null;
  }

  @FieldResolver(() => String, {
    complexity: 2 * PER_CARD_STATEMENT,
    description: 'The report as Markdown (a table and the shipped list).',
  })
  markdown(@Root() report: FeatureReport): Promise<string> {
    return this.services.featureReports.markdown(report);
  }

  @FieldResolver(() => String, { complexity: 2 * PER_CARD_STATEMENT, description: 'The report as CSV, one card per row.' })
  csv(@Root() report: FeatureReport): Promise<string> {
    return this.services.featureReports.csv(report);
  }

  @FieldResolver(() => FeatureReportPermissions)
  viewerCan(@Root() report: FeatureReport, @CurrentViewer() viewer: Viewer): FeatureReportPermissions {
    return { change: toPermission(checkChangeFeatureReport(viewer, report)) };
  }
}
