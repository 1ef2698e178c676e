/** Shared kernel: the error vocabulary every module uses to refuse a request, and paging values. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.moleculeflow.app.common;
