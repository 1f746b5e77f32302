/**
 * The data an island's wrapper built for it (src/plugins/island-data/files.ts), fetched once the
 * island runs. One request per file however many islands share it; the files are named by their
 * content, so the browser may keep them for good. Until the data is there (or if it never comes:
 * offline, say) the island keeps showing its static picture.
 */
import { useEffect, useState } from 'preact/hooks';

const requests = new Map<string, Promise<unknown>>();

export function fetchIslandData<T>(url: string): Promise<T> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    });
    requests.set(url, request);
    // A failed request may be tried again by the next island that asks.
    request.catch(() => requests.delete(url));
  }
  return request as Promise<T>;
}

/** The island's data, undefined until it has arrived. */
export function useIslandData<T>(url: string): T | undefined {
  const [data, setData] = useState<T>();
  useEffect(() => {
    let current = true;
    fetchIslandData<T>(url).then(
      (value) => current && setData(() => value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [url]);
  return data;
}
