export async function measureApp(): Promise<Record<string, number | string | null>> {
  return {};
}
