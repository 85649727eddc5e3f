/**
 * Where the stack runs: the project's decision, not the CLI's. The CDK CLI always sets CDK_DEFAULT_REGION (to
 * us-east-1 without a profile), so a fallback to it would put staff names and e-mail addresses in the United States.
 * eu-north-1 (Stockholm) unless `-c region=…` names another region in an EU member state.
 */
export const DEFAULT_REGION = 'eu-north-1';

/** AWS regions in EU member states (London and Zurich are in Europe, not in the EU). */
export const EU_REGIONS = [
  'eu-north-1',
  'eu-west-1',
  'eu-west-3',
  'eu-central-1',
  'eu-south-1',
  'eu-south-2',
];

/** The region to deploy to from the `region` context value, or why it is refused (one line). */
export function deployRegion(context: unknown): { region: string } | { refused: string } {
  if (context === undefined || context === null || context === '') return { region: DEFAULT_REGION };
  const region = String(context);
  if (EU_REGIONS.includes(region)) return { region };
  return {
    refused: `Region ${region} is not in the EU: the partnership's data stays in the EU. Use -c region= one of ${EU_REGIONS.join(', ')} (default ${DEFAULT_REGION}).`,
  };
}
