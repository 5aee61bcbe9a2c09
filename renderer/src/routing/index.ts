export { hashToRoute, routeToHash, seriesRouteOf, type Route } from './route';
export { navigate, replaceRoute, useRoute } from './useRoute';
