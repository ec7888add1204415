import type { Metadata } from "next";
import { WorkspaceLoader } from "@/components/workspace/workspace-loader";

export const metadata: Metadata = { title: "Workspace" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkspaceLoader workspaceId={id} />;
}
