package com.csdesk.rfm;

/** Where a run (RFM 计算) stands. */
public enum RunStatus { RUNNING, SUCCEEDED, FAILED }
