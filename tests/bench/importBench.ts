export async function measureImport(): Promise<Record<string, number | string | null>> {
  return {};
}
