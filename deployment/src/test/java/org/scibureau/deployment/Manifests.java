package org.scibureau.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes resources a kustomization renders to.
 *
 * @param resources every rendered resource
 */
record Manifests(List<Tree> resources) {

	private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();

	/**
	 * Renders {@code k8s/<kustomization>} of the repository, e.g. {@code overlays/production}, once per test JVM:
	 * treat the result as read-only and {@link #copy()} it to change it.
	 */
	static Manifests render(Repository repository, String kustomization) {
		return RENDERED.computeIfAbsent(repository.resolve("k8s/" + kustomization),
				(directory) -> new Manifests(Kustomize.render(directory).stream()
					.map((resource) -> new Tree(Tree.frozen(resource)))
					.toList()));
	}

	static Manifests of(List<Map<String, Object>> resources) {
		return new Manifests(resources.stream().map(Tree::new).toList());
	}

	List<Tree> ofKind(String kind) {
		return this.resources.stream().filter((resource) -> resource.string("kind").equals(kind)).toList();
	}

	Optional<Tree> find(String kind, String name) {
		return ofKind(kind).stream().filter((resource) -> resource.string("metadata", "name").equals(name)).findFirst();
	}

	/** The one resource of a kind and name, for a test that changes it. */
	Tree get(String kind, String name) {
		return find(kind, name).orElseThrow(() -> new IllegalStateException("No " + kind + " " + name));
	}

	/** A deep copy whose resources a test may change without touching this one. */
	Manifests copy() {
		return new Manifests(this.resources.stream().map((resource) -> new Tree(Tree.copy(resource.value()))).toList());
	}

}
