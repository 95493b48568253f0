/**
 * Checks of the deployment files (compose, Dockerfile, Kustomize, Prometheus, Grafana), parsed and rendered here.
 */
@NullMarked
package org.scibureau.deployment;

import org.jspecify.annotations.NullMarked;
