import '../../../core/src/testing/setup-dom.ts'
