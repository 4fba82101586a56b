package io.movierecs.web.recommendations;

import java.io.IOException;
import java.io.InputStream;

/** Reads one file of the model store by key (e.g. {@code models/run-1/manifest.json}). */
interface ModelArtefacts {

    InputStream open(String key) throws IOException;
}
