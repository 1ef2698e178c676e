/**
 * The engine binding: runs the worker handlers on Operaton external tasks (so any number of app nodes share the
 * work through the database), and reports platform health.
 */
package com.moleculeflow.app.engine;
