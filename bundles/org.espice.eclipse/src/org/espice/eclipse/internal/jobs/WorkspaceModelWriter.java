package org.espice.eclipse.internal.jobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.espice.core.batch.ModelWriter;

/**
 * Writes model files through the workspace ({@code IFile.create/setContents}) so they show at once, holding
 * only the rule of that one file (plus its folder's, when the file is new) for the duration of the write.
 * Files outside the workspace are written directly.
 */
public final class WorkspaceModelWriter implements ModelWriter {

	@Override
	public void write(Path target, String text) throws IOException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IFile[] files = workspace.getRoot().findFilesForLocationURI(target.toAbsolutePath().toUri());
		if (files.length == 0) {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Files.writeString(target, text, StandardCharsets.UTF_8);
			return;
		}
		IFile file = files[0];
		IResourceRuleFactory rules = workspace.getRuleFactory();
		try {
			IContainer parent = file.getParent();
			if (!parent.exists()) {
				// the engine created the output folder on disk; bring it into the workspace first
				Files.createDirectories(target.toAbsolutePath().getParent());
				parent.refreshLocal(IResource.DEPTH_ZERO, null);
			}
			ISchedulingRule rule = MultiRule.combine(rules.createRule(file), rules.modifyRule(file));
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			workspace.run(monitor -> {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
				if (file.exists()) {
					file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.KEEP_HISTORY,
							monitor);
				} else {
					file.create(new ByteArrayInputStream(bytes), IResource.FORCE, monitor);
				}
			}, rule, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			throw new IOException("Cannot write " + file.getFullPath() + ": " + e.getMessage(), e);
		}
	}
}
