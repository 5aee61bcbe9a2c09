export async function measureCompare(): Promise<Record<string, number | string | null>> {
  return {};
}
