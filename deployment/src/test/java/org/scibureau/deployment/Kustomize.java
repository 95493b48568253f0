package org.scibureau.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Renders a kustomization in Java, for the subset of Kustomize the repository uses: {@code resources} (files and
 * directories holding a kustomization), {@code patches} (strategic-merge or JSON 6902, from a file or inline, with
 * an optional {@code target}), {@code images} and {@code namespace}. Anything else in a kustomization.yaml, a
 * {@code $patch} directive, a JSON patch {@code move}/{@code copy} or a patch that matches nothing is an error
 * rather than being silently ignored, so the rendered output is what {@code kubectl kustomize} would produce (a
 * parity test compares the two where kubectl is installed).
 *
 * <p>Strategic merge follows Kustomize: for built-in kinds, lists of objects that all carry a {@code name} are
 * merged by name (containers, env, volumes) and other lists replaced; for custom resources, which have no patch
 * strategy schema, the patch is a JSON merge patch (every list replaced).
 */
final class Kustomize {

	private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace",
			"patches", "images");

	private static final Set<String> PATCH_FIELDS = Set.of("path", "patch", "target");

	private static final Set<String> TARGET_FIELDS = Set.of("group", "version", "kind", "name", "namespace",
			"labelSelector");

	private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag", "digest");

	/** API groups of the built-in kinds, whose lists of named objects a strategic merge merges by name. */
	private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
			"networking.k8s.io", "rbac.authorization.k8s.io");

	private static final Set<String> CLUSTER_SCOPED_KINDS = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
			"CustomResourceDefinition", "PriorityClass", "StorageClass", "IngressClass", "PersistentVolume");

	private Kustomize() {
	}

	/** The resources the kustomization in {@code directory} produces, as mutable maps. */
	static List<Map<String, Object>> render(Path directory) {
		return build(directory.toAbsolutePath().normalize(), new HashSet<>());
	}

	private static List<Map<String, Object>> build(Path directory, Set<Path> visiting) {
		if (!visiting.add(directory)) {
			throw new IllegalArgumentException("Cycle through " + directory);
		}
		Path file = directory.resolve("kustomization.yaml");
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("No kustomization.yaml in " + directory);
		}
		Tree kustomization = new Tree(YamlDocuments.loadSingle(file));
		for (String field : kustomization.entries().keySet()) {
			if (!SUPPORTED_FIELDS.contains(field)) {
				throw new IllegalArgumentException("Unsupported field '" + field + "' in " + file);
			}
		}
		if (!kustomization.string("apiVersion").equals("kustomize.config.k8s.io/v1beta1")
				|| !kustomization.string("kind").equals("Kustomization")) {
			throw new IllegalArgumentException(file + " is not a kustomize.config.k8s.io/v1beta1 Kustomization");
		}
		List<Map<String, Object>> resources = new ArrayList<>();
		for (String entry : kustomization.get("resources").strings()) {
			resources.addAll(load(directory, entry, visiting));
		}
		requireUnique(resources, file);
		for (Tree patch : kustomization.get("patches").items()) {
			applyPatch(directory, patch, resources);
		}
		for (Tree image : kustomization.get("images").items()) {
			applyImage(image, resources);
		}
		kustomization.get("namespace").text().ifPresent((namespace) -> setNamespace(namespace, resources));
		visiting.remove(directory);
		return resources;
	}

	private static List<Map<String, Object>> load(Path directory, String entry, Set<Path> visiting) {
		if (entry.contains("://") || entry.startsWith("github.com/")) {
			throw new IllegalArgumentException("Remote resource " + entry + " in " + directory);
		}
		Path path = directory.resolve(entry).normalize();
		if (Files.isDirectory(path)) {
			return build(path, visiting);
		}
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("Resource " + entry + " of " + directory + " does not exist");
		}
		List<Map<String, Object>> resources = new ArrayList<>();
		for (Object document : YamlDocuments.load(path)) {
			Tree resource = new Tree(document);
			if (!resource.isMap() || resource.string("apiVersion").isEmpty() || resource.string("kind").isEmpty()
					|| resource.string("metadata", "name").isEmpty()) {
				throw new IllegalArgumentException(path + " holds a document without apiVersion, kind or name");
			}
			resources.add(mutableCopy(document));
		}
		return resources;
	}

	private static void requireUnique(List<Map<String, Object>> resources, Path file) {
		Set<String> ids = new HashSet<>();
		for (Map<String, Object> resource : resources) {
			String id = id(new Tree(resource));
			if (!ids.add(id)) {
				throw new IllegalArgumentException("Resource " + id + " appears twice in " + file);
			}
		}
	}

	private static String id(Tree resource) {
		return group(resource) + "/" + resource.string("kind") + "/" + resource.string("metadata", "namespace") + "/"
				+ resource.string("metadata", "name");
	}

	private static String group(Tree resource) {
		String apiVersion = resource.string("apiVersion");
		int slash = apiVersion.indexOf('/');
		return (slash < 0) ? "" : apiVersion.substring(0, slash);
	}

	private static String version(Tree resource) {
		String apiVersion = resource.string("apiVersion");
		return apiVersion.substring(apiVersion.indexOf('/') + 1);
	}

	// Patches

	private static void applyPatch(Path directory, Tree entry, List<Map<String, Object>> resources) {
		for (String field : entry.entries().keySet()) {
			if (!PATCH_FIELDS.contains(field)) {
				throw new IllegalArgumentException("Unsupported patch field '" + field + "' in " + directory);
			}
		}
		String path = entry.string("path");
		String inline = entry.string("patch");
		if (path.isEmpty() == inline.isEmpty()) {
			throw new IllegalArgumentException("A patch in " + directory + " needs exactly one of path and patch");
		}
		List<Object> documents = path.isEmpty() ? YamlDocuments.loadAll(inline)
				: YamlDocuments.load(requireFile(directory.resolve(path)));
		Tree target = entry.get("target");
		String where = directory + " (" + (path.isEmpty() ? "inline patch" : path) + ")";
		for (Object document : documents) {
			if (document instanceof List<?> operations) {
				if (target.isMissing()) {
					throw new IllegalArgumentException("A JSON 6902 patch needs a target: " + where);
				}
				List<Map<String, Object>> matches = requireMatches(select(target, resources), where);
				matches.forEach((resource) -> JsonPatch.apply(resource, new Tree(operations)));
			}
			else if (document instanceof Map<?, ?>) {
				Map<String, Object> patch = mutableCopy(document);
				List<Map<String, Object>> matches = target.isMissing() ? selectLike(new Tree(patch), resources)
						: select(target, resources);
				for (Map<String, Object> resource : requireMatches(matches, where)) {
					Map<String, Object> body = new LinkedHashMap<>(patch);
					// With a target, the patch's own identity does not rename what it patches.
					body.remove("apiVersion");
					body.remove("kind");
					mergeMetadata(body);
					StrategicMerge.apply(resource, body, BUILT_IN_GROUPS.contains(group(new Tree(resource))));
				}
			}
			else {
				throw new IllegalArgumentException("A patch must be a map or a list of operations: " + where);
			}
		}
	}

	private static void mergeMetadata(Map<String, Object> body) {
		if (body.get("metadata") instanceof Map<?, ?> metadata) {
			Map<String, Object> rest = mutableCopy(metadata);
			rest.remove("name");
			rest.remove("namespace");
			if (rest.isEmpty()) {
				body.remove("metadata");
			}
			else {
				body.put("metadata", rest);
			}
		}
	}

	private static Path requireFile(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("Patch file " + file + " does not exist");
		}
		return file;
	}

	private static List<Map<String, Object>> requireMatches(List<Map<String, Object>> matches, String where) {
		if (matches.isEmpty()) {
			throw new IllegalArgumentException("Patch matches no resource: " + where);
		}
		return matches;
	}

	private static List<Map<String, Object>> select(Tree target, List<Map<String, Object>> resources) {
		for (String field : target.entries().keySet()) {
			if (!TARGET_FIELDS.contains(field)) {
				throw new IllegalArgumentException("Unsupported patch target field '" + field + "'");
			}
		}
		List<Map<String, Object>> matches = new ArrayList<>();
		for (Map<String, Object> resource : resources) {
			Tree candidate = new Tree(resource);
			if (matches(target, "group", group(candidate)) && matches(target, "version", version(candidate))
					&& matches(target, "kind", candidate.string("kind"))
					&& matches(target, "name", candidate.string("metadata", "name"))
					&& matches(target, "namespace", candidate.string("metadata", "namespace"))
					&& labelsMatch(target.string("labelSelector"), candidate.path("metadata", "labels"))) {
				matches.add(resource);
			}
		}
		return matches;
	}

	private static boolean matches(Tree target, String field, String actual) {
		// Kustomize reads target names and kinds as anchored regular expressions.
		return target.get(field).text().map((wanted) -> Pattern.matches(wanted, actual)).orElse(true);
	}

	private static boolean labelsMatch(String selector, Tree labels) {
		if (selector.isEmpty()) {
			return true;
		}
		for (String requirement : selector.split(",")) {
			String[] pair = requirement.trim().split("=", 2);
			if (pair.length != 2 || pair[0].endsWith("!")) {
				throw new IllegalArgumentException("Only key=value label selectors are supported: " + selector);
			}
			if (!labels.string(pair[0].trim()).equals(pair[1].trim())) {
				return false;
			}
		}
		return true;
	}

	private static List<Map<String, Object>> selectLike(Tree patch, List<Map<String, Object>> resources) {
		List<Map<String, Object>> matches = new ArrayList<>();
		for (Map<String, Object> resource : resources) {
			Tree candidate = new Tree(resource);
			if (group(candidate).equals(group(patch)) && candidate.string("kind").equals(patch.string("kind"))
					&& candidate.string("metadata", "name").equals(patch.string("metadata", "name"))) {
				matches.add(resource);
			}
		}
		return matches;
	}

	// Images

	private static void applyImage(Tree image, List<Map<String, Object>> resources) {
		for (String field : image.entries().keySet()) {
			if (!IMAGE_FIELDS.contains(field)) {
				throw new IllegalArgumentException("Unsupported images field '" + field + "'");
			}
		}
		String name = image.string("name");
		int replaced = 0;
		for (Map<String, Object> resource : resources) {
			for (Tree container : containers(new Tree(resource))) {
				ImageReference current = ImageReference.parse(container.string("image"));
				if (current.name().equals(name)) {
					String newName = image.get("newName").text().orElse(current.name());
					String reference = image.get("digest").text().map((digest) -> newName + "@" + digest)
						.orElseGet(() -> newName + image.get("newTag").text().map((tag) -> ":" + tag)
							.orElse(current.suffix()));
					container.map().put("image", reference);
					replaced++;
				}
			}
		}
		if (replaced == 0) {
			throw new IllegalArgumentException("images entry " + name + " matches no container");
		}
	}

	/** The containers and init containers of a workload or pod. */
	static List<Tree> containers(Tree resource) {
		Tree pod = resource.string("kind").equals("Pod") ? resource.get("spec")
				: resource.path("spec", "template", "spec");
		List<Tree> containers = new ArrayList<>(pod.get("initContainers").items());
		containers.addAll(pod.get("containers").items());
		return containers;
	}

	// Namespace

	private static void setNamespace(String namespace, List<Map<String, Object>> resources) {
		for (Map<String, Object> resource : resources) {
			Tree tree = new Tree(resource);
			if (!CLUSTER_SCOPED_KINDS.contains(tree.string("kind"))) {
				tree.get("metadata").map().put("namespace", namespace);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mutableCopy(Object document) {
		return (Map<String, Object>) Objects.requireNonNull(Tree.copy(document));
	}

	/**
	 * An image reference split into its name and its tag or digest suffix.
	 *
	 * @param name the repository, e.g. {@code scibureau/plan-service}
	 * @param suffix {@code :tag}, {@code @sha256:...} or {@code ""}
	 */
	record ImageReference(String name, String suffix) {

		static ImageReference parse(String reference) {
			int at = reference.indexOf('@');
			if (at >= 0) {
				return new ImageReference(reference.substring(0, at), reference.substring(at));
			}
			int colon = reference.lastIndexOf(':');
			if (colon > reference.lastIndexOf('/')) {
				return new ImageReference(reference.substring(0, colon), reference.substring(colon));
			}
			return new ImageReference(reference, "");
		}

		@Nullable String tag() {
			return this.suffix.startsWith(":") ? this.suffix.substring(1) : null;
		}

		boolean hasDigest() {
			return this.suffix.startsWith("@");
		}

	}

}
