// Adds the jest-dom matchers (toBeVisible, toHaveTextContent, ...) to Vitest's expect.
import '@testing-library/jest-dom/vitest';
